// The analysis worker: tornado, Monte Carlo and goal seek (MODEL.md §8), in a
// worker of their own so a long Monte Carlo never holds up the live model.
import { expose } from 'comlink';
import { analysisApi } from '../src/model';

expose(analysisApi);
