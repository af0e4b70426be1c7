import { dictionaryList } from './dictionaryList';

export const getStatuses = dictionaryList('/order/status');
