/** A value the user entered that Aplaut could not take; the node turns it into an item error. */
export class AttributeError extends Error {}
