export const id = 790;
export const ids = [790];
export const modules = {

/***/ 93790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schema/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/model-size-budget/model-size-budget/v1/schema/config.schema.json","title":"model-size-budget configuration (.github/model-size-budget.yml)","description":"Budgets per checkpoint glob, per-checkpoint overrides, the noise floor, the comment mode, the baseline, and sections for the keys of matrix legs.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"the URL of this schema, for editors"},"budget":{"$ref":"#/definitions/rules"},"budgets":{"$ref":"#/definitions/rulesByGlob"},"checkpoints":{"$ref":"#/definitions/rulesByCheckpoint"},"min-change":{"$ref":"#/definitions/minChange"},"comment":{"$ref":"#/definitions/comment"},"baseline":{"$ref":"#/definitions/baseline"},"keys":{"type":"object","description":"a section per matrix leg, by its comment-key, e.g. `keys: { ios: { budget: [\\"total: 20 MB\\"] } }`","propertyNames":{"pattern":"^[A-Za-z0-9._-]{1,64}$"},"additionalProperties":{"$ref":"#/definitions/section"}}},"definitions":{"section":{"type":"object","description":"a section with any of budget, budgets, checkpoints, min-change, comment, baseline","additionalProperties":false,"properties":{"budget":{"$ref":"#/definitions/rules"},"budgets":{"$ref":"#/definitions/rulesByGlob"},"checkpoints":{"$ref":"#/definitions/rulesByCheckpoint"},"min-change":{"$ref":"#/definitions/minChange"},"comment":{"$ref":"#/definitions/comment"},"baseline":{"$ref":"#/definitions/baseline"}}},"rules":{"type":["array","string"],"description":"budget rules, a list (`- \\"total: 50 MB\\"`) or one per line of a `|` block, each `[warn] [GLOB:] CATEGORY: LIMIT`","items":{"type":"string","description":"one budget rule, `[warn] [GLOB:] CATEGORY: LIMIT`, e.g. \\"total: 50 MB\\""}},"rulesByGlob":{"type":"object","description":"budget rules per checkpoint glob, e.g. `budgets: { \\"exports/mobile/**\\": [\\"total: 20 MB\\"] }`","additionalProperties":{"$ref":"#/definitions/rulesWithoutGlob"}},"rulesByCheckpoint":{"type":"object","description":"rules per checkpoint id that replace the other rules on the same category for it, e.g. `checkpoints: { \\"exports/big.onnx\\": [\\"total: 2 GB\\"] }`","additionalProperties":{"$ref":"#/definitions/rulesWithoutGlob"}},"rulesWithoutGlob":{"type":["array","string"],"description":"budget rules without a glob (the key is the glob), a list or one per line, each `[warn] CATEGORY: LIMIT`","items":{"type":"string","description":"one budget rule, `[warn] CATEGORY: LIMIT`, e.g. \\"total: 20 MB\\""}},"minChange":{"type":"string","description":"the noise floor, a size, a percentage or both, e.g. \\"1 kB, 0.1%\\""},"comment":{"type":["string","boolean"],"enum":["true","false","on-change",true,false],"description":"the comment mode: true, false or on-change"},"baseline":{"type":"string","description":"auto, none, a report JSON or directory of base checkpoints, or ref:NAME (a tag, branch or commit), e.g. \\"ref:v1.4.0\\""}}}');
// EXTERNAL MODULE: ./src/core/budgets.ts + 3 modules
var budgets = __webpack_require__(98424);
// EXTERNAL MODULE: ./src/core/config-file.ts
var config_file = __webpack_require__(38120);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/noise-floor.ts
var noise_floor = __webpack_require__(5498);
;// CONCATENATED MODULE: ./src/core/config-parse.ts







/*
 * The config file's parser (issue 15), apart from config-file.ts because `yaml` and `ajv` are
 * loaded only when a run has a file. Parsed with `yaml` (which keeps every node's place) and
 * validated against the JSON Schema the package ships (schema/config.schema.json), so editors and
 * this parser agree on the form. Every error names the file, line and column, and says what was
 * expected there. Budget rules use the grammar of the `budget` input (budgets.ts parseBudgetLine):
 * one grammar, two sources.
 */
/**
 * Parses and validates a config file's text.
 * @throws ConfigError listing every problem as `FILE:LINE:COL: what is wrong; expected …`.
 */
function parseConfig(text, path) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const place = (offset) => {
        const { line, col } = lines.linePos(offset);
        return `${path}:${line}:${col}`;
    };
    if (document.errors.length > 0) {
        throw new errors/* ConfigError */.xL(document.errors.map((error) => `${place(error.pos[0])}: not valid YAML: ${firstLine(error.message)}.`).join('\n') +
            `\nFix the YAML (a list item is \`- "total: 50 MB"\`; quote a value that holds ': ').`);
    }
    const value = document.toJS() ?? {};
    const validate = validator();
    if (!validate(value)) {
        throw new errors/* ConfigError */.xL((validate.errors ?? []).map((error) => `${place(errorOffset(document, error))}: ${describe(error)}`).join('\n'));
    }
    const file = value;
    const problems = [];
    const section = (raw, at) => readSection(raw, at, { text, document, lines, path, problems });
    const config = { path, ...section(file, []), keys: {} };
    for (const [key, raw] of Object.entries(file.keys ?? {}))
        config.keys[key] = section(raw, ['keys', key]);
    if (problems.length > 0)
        throw new errors/* ConfigError */.xL(problems.join('\n'));
    return config;
}
function readSection(raw, at, context) {
    const rules = [];
    rules.push(...readRules([...at, 'budget'], undefined, context));
    for (const glob of Object.keys(raw.budgets ?? {}))
        rules.push(...readRules([...at, 'budgets', glob], glob, context));
    for (const id of Object.keys(raw.checkpoints ?? {})) {
        for (const rule of readRules([...at, 'checkpoints', id], id, context))
            rules.push((0,config_file/* markOverride */.yC)(rule));
    }
    const section = { rules };
    const minChange = raw['min-change'];
    if (minChange !== undefined) {
        try {
            section.minChange = (0,noise_floor/* parseNoiseFloor */.sf)(minChange, `${placeOf([...at, 'min-change'], context)}: min-change`);
        }
        catch (error) {
            context.problems.push(error.message);
        }
    }
    if (raw.comment !== undefined)
        section.comment = String(raw.comment);
    if (raw.baseline !== undefined)
        section.baseline = raw.baseline;
    return section;
}
/**
 * The rules at `at` (a list of strings, or one string with a rule per line), each with its own
 * line and column. Under `budgets:`/`checkpoints:` the key is the rule's glob, so a rule there
 * may not name one itself.
 */
function readRules(at, glob, context) {
    const node = context.document.getIn(at, true);
    if (node === undefined)
        return [];
    const lines = [];
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            if ((0,dist/* isScalar */.jn)(item))
                lines.push({ text: String(item.value), offset: item.range[0] });
    }
    else if ((0,dist/* isScalar */.jn)(node)) {
        const block = node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED;
        const first = context.lines.linePos(node.range[0]).line + (block ? 1 : 0);
        String(node.value)
            .split('\n')
            .forEach((text, index) => {
            if (!block)
                return lines.push({ text, offset: node.range[0] });
            // A block's lines start on the line after its `|`, indented.
            const lineStart = context.lines.lineStarts[first - 1 + index];
            const indent = lineStart === undefined ? 0 : indentationAt(context, lineStart);
            lines.push({ text, offset: (lineStart ?? node.range[0]) + indent });
        });
    }
    const rules = [];
    for (const { text, offset } of lines) {
        const { line, col } = context.lines.linePos(offset);
        const where = `${context.path}:${line}:${col}`;
        try {
            const rule = (0,budgets/* parseBudgetLine */.l$)(text, { source: context.path, line, where });
            if (!rule)
                continue;
            if (glob !== undefined && rule.glob !== undefined) {
                throw new errors/* ConfigError */.xL(`${where}: '${rule.text}': a rule under '${at.slice(0, -1).join('.')}' takes its glob from its key ('${glob}'); write it without one, e.g. '${rule.soft ? 'warn ' : ''}${rule.category}: ${rule.limits.map((limit) => limit.text).join(', ')}'.`);
            }
            rules.push(glob === undefined ? rule : { ...rule, glob });
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigError */.xL))
                throw error;
            context.problems.push(error.message);
        }
    }
    return rules;
}
/** Spaces at the start of the line that begins at `lineStart`. */
function indentationAt(context, lineStart) {
    let indent = 0;
    while (context.text[lineStart + indent] === ' ')
        indent++;
    return indent;
}
function placeOf(at, context) {
    const node = context.document.getIn(at, true);
    const { line, col } = context.lines.linePos(node?.range?.[0] ?? 0);
    return `${context.path}:${line}:${col}`;
}
let compiled;
function validator() {
    // allErrors: every problem of the file in one run, not one per push.
    compiled ??= new ajv.Ajv({ allErrors: true, verbose: true, strict: false }).compile(config_schema_namespaceObject);
    return compiled;
}
/** The offset in the text of what an error is about: the unknown key itself, else the value. */
function errorOffset(document, error) {
    const path = pointerPath(error.instancePath);
    const node = (path.length === 0 ? document.contents : document.getIn(path, true));
    if (error.keyword === 'additionalProperties' && (0,dist/* isMap */.jh)(node)) {
        const name = error.params.additionalProperty;
        const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === name);
        const key = pair?.key;
        if (key?.range)
            return key.range[0];
    }
    if (error.keyword === 'propertyNames' && (0,dist/* isMap */.jh)(node)) {
        const name = error.params.propertyName;
        const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === name);
        const key = pair?.key;
        if (key?.range)
            return key.range[0];
    }
    return node?.range?.[0] ?? 0;
}
function pointerPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** One validation error as a sentence that says what was expected (the schema's descriptions). */
function describe(error) {
    const where = error.instancePath === '' ? 'the file' : `'${pointerPath(error.instancePath).join('.')}'`;
    const expected = error.parentSchema?.description;
    switch (error.keyword) {
        case 'additionalProperties': {
            const name = error.params.additionalProperty;
            const known = Object.keys(error.parentSchema.properties ?? {}).filter((key) => key !== '$schema');
            return `unknown key '${name}' in ${where}: expected one of ${known.join(', ')}.`;
        }
        case 'propertyNames':
            return `${where} has a key that is not a matrix key: use at most 64 letters, digits, '.', '_' or '-'.`;
        case 'enum':
            return `${where} is ${JSON.stringify(error.data)}: expected ${expected ?? error.params.allowedValues.join(', ')}.`;
        case 'type':
            return `${where} is ${kindOf(error.data)}: expected ${expected ?? `a ${String(error.params.type)}`}.`;
        default:
            return `${where} ${error.message ?? 'is not valid'}${expected ? `: expected ${expected}` : ''}.`;
    }
}
function kindOf(value) {
    if (value === null)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value === 'string' ? 'the text' : 'the value'} ${JSON.stringify(value)}`;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/\.$/, '');
}


/***/ })

};

//# sourceMappingURL=790.index.js.map