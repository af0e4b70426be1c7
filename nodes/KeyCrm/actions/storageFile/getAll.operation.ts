import { listOperation } from '../common/listOperation';

export const getManyFiles = listOperation({ path: '/storage', sort: [{ name: 'Size', value: 'size' }] });
