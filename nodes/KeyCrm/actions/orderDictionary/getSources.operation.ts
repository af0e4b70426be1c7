import { dictionaryList } from './dictionaryList';

export const getSources = dictionaryList('/order/source');
