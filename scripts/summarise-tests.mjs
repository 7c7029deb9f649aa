// Prints the one line CI reads: "N passed, N failed", summed over vitest's and Playwright's reports.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
const vitest = 'test-results/vitest.json'
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
}
const playwright = 'test-results/playwright.json'
if (existsSync(playwright)) {
  const { stats } = JSON.parse(readFileSync(playwright, 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
}
console.log(`${passed} passed, ${failed} failed`)
