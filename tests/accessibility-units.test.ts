import { describeAccessibility } from './support/accessibility';
import { getCheckedSites } from './support/checked-sites';

describeAccessibility(getCheckedSites().find((site) => site.name === 'dependencias')!);
