import { Chart, LineController, LineElement, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement);
