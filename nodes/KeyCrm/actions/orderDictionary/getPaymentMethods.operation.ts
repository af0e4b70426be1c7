import { dictionaryList } from './dictionaryList';

export const getPaymentMethods = dictionaryList('/order/payment-method');
