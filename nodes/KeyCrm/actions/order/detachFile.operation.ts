import { fileField, linkOperation } from './orderLink';

export const detachFile = linkOperation('attachment', 'DELETE', fileField);
