import type { Sandbox } from '../core/sandbox';
import { registerPeopleRoutes } from './buyers';
import { registerCatalogRoutes } from './catalog';
import { CatalogStore } from './catalogStore';
import { registerPipelineRoutes } from './pipelines';
import { registerStorageRoutes } from './storage';
import type { KeyCrmStore } from './store';

/** Everything of the catalog side (buyers, products, stocks, pipelines, files, payments, calls, users). */
export function registerCatalogSandbox(sandbox: Sandbox, store: KeyCrmStore): CatalogStore {
	const catalog = new CatalogStore();
	registerPeopleRoutes(sandbox, catalog, store);
	registerCatalogRoutes(sandbox, catalog, store);
	registerPipelineRoutes(sandbox, catalog, store);
	registerStorageRoutes(sandbox, catalog, store);
	return catalog;
}
