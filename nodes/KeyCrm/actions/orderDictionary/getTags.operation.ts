import { dictionaryList } from './dictionaryList';

export const getTags = dictionaryList('/order/tag');
