import { dictionaryList } from './dictionaryList';

export const getExpenseTypes = dictionaryList('/order/expense-type');
