// Only the bar chart's parts of Chart.js: this module is loaded lazily by `BarChart`, and its
// static imports let the bundler leave the other controllers, elements and scales out.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
