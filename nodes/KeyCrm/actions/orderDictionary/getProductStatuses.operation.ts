import { dictionaryList } from './dictionaryList';

export const getProductStatuses = dictionaryList('/order/product-status');
