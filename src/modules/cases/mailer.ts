import type { Transporter } from 'nodemailer'
import type { Config } from '../../config.ts'

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>
}

/**
 * E-mail reminders only when SMTP_HOST is configured; otherwise the in-app notification is all.
 * nodemailer is loaded on the first e-mail, so processes that never send one (CLI, tests) do not pay for it.
 */
export function createMailer(smtp: Config['smtp']): Mailer | null {
  const host = smtp.host
  if (!host) return null
  let transport: Transporter | undefined
  return {
    async send(to, subject, text) {
      if (!transport) {
        const { default: nodemailer } = await import('nodemailer')
        transport = nodemailer.createTransport({
          host,
          port: smtp.port,
          secure: smtp.secure,
          ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
        })
      }
      await transport.sendMail({ from: smtp.from, to, subject, text })
    },
  }
}
