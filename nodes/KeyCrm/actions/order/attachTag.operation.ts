import { tagField, linkOperation } from './orderLink';

export const attachTag = linkOperation('tag', 'POST', tagField);
