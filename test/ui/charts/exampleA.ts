// Worked example A for the UI mapping tests: the shared fixture.
export { exampleA } from '../../support/exampleA';
