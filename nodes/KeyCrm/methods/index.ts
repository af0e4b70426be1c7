import { catalogLoadOptions } from './catalogOptions';
import { orderLoadOptions } from './orderOptions';

/** Dropdowns of the KeyCRM node: each side of the node brings its own file and spreads it in here. */
export const loadOptions = {
	...orderLoadOptions,
	...catalogLoadOptions,
};
