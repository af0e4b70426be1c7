import { catalogLoadOptions } from './catalogOptions';

export const loadOptions = {
	...catalogLoadOptions,
};
