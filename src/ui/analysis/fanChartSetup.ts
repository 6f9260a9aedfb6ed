// The fan charts fill the band between two lines: Chart.js's Filler plugin,
// which the other charts do not use, so it is registered only here.
import { Filler } from 'chart.js';
import { Chart } from '../charts/chartSetup';

Chart.register(Filler);
