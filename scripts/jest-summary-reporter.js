// Prints one plain closing line, `tests: N passed, N failed, N skipped`, as the very last line of
// a jest run (on process exit, after jest's own summary), so CI logs end with a count any tool reads.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const line = `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    process.once('exit', () => process.stderr.write(line))
  }
}
