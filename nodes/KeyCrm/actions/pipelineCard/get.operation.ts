import { cardIncludes } from '../common/includes';
import { getOperation } from '../common/recordPath';
import { cardIdProperty } from './cardFields';

export const getCard = getOperation({ path: '/pipelines/cards/{cardId}', id: cardIdProperty, include: cardIncludes, what: 'card' });
