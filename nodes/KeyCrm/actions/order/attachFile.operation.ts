import { fileField, linkOperation } from './orderLink';

export const attachFile = linkOperation('attachment', 'POST', fileField);
