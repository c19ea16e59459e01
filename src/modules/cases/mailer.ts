import nodemailer from 'nodemailer'
import type { Config } from '../../config.ts'

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>
}

/** E-mail reminders only when SMTP_HOST is configured; otherwise the in-app notification is all. */
export function createMailer(smtp: Config['smtp']): Mailer | null {
  if (!smtp.host) return null
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
  })
  return {
    async send(to, subject, text) {
      await transport.sendMail({ from: smtp.from, to, subject, text })
    },
  }
}
