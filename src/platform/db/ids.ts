import { v7 } from 'uuid'

/** UUID v7: time-ordered, so new rows land at the end of indexes and ids sort by creation. */
export const newId = (): string => v7()
