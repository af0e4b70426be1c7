import { dictionaryList } from './dictionaryList';

export const getDeliveryServices = dictionaryList('/order/delivery-service');
