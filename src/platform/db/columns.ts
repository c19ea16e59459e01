import { customType, timestamp } from 'drizzle-orm/pg-core'

/** Case-insensitive text (the `citext` extension): usernames, codes, e-mail addresses. */
export const citext = customType<{ data: string }>({ dataType: () => 'citext' })

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
