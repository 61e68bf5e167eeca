import baseConfig from '../../../eslint.config.mjs';
import { withAngular } from '../../../eslint.angular.mjs';

export default withAngular(baseConfig);
