import { listOperation } from '../common/listOperation';

export const getManyPipelines = listOperation({ path: '/pipelines' });
