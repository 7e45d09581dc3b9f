// Prints one plain closing line, `tests: N passed, N failed, N skipped`, after jest's own summary,
// so that CI logs end with a count any tool can read.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    process.stderr.write(`tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`)
  }
}
