/**
 * Makes text from a checkpoint (tensor names, file paths, warnings) inert inside GitHub markdown:
 * no HTML, no markdown formatting, no table-cell break, no `@mention`, no `#123` reference,
 * no HTML comment (so no copy of the sticky-comment marker), no line break. Over-long text is
 * shortened with an ellipsis.
 */
export function escapeMarkdown(text: string, maxLength?: number): string {
  throw new Error(`not implemented: escapeMarkdown(${text}, ${maxLength})`)
}

/** As escapeMarkdown, rendered as inline code-like text that is safe in a table cell. */
export function escapeCode(text: string, maxLength?: number): string {
  throw new Error(`not implemented: escapeCode(${text}, ${maxLength})`)
}
