export { HowItWorks } from './HowItWorks';
export { Welcome } from './Welcome';
