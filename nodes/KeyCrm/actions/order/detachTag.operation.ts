import { tagField, linkOperation } from './orderLink';

export const detachTag = linkOperation('tag', 'DELETE', tagField);
