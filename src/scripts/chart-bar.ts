import { BarController, BarElement, Chart } from 'chart.js';

Chart.register(BarController, BarElement);
