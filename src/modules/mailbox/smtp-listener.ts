import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server'
import type { Database } from '../../platform/db/database.ts'
import { receiveMessage } from './inbound.ts'
import { smtpReplies } from './messages.ts'
import { organizationForAddress } from './recipients.ts'

export interface InboundSmtp {
  port: number
  close(): Promise<void>
}

const smtpError = (message: string, code: number) => Object.assign(new Error(message), { responseCode: code })

/**
 * Kênh thư điện tử: a plain SMTP listener (no AUTH, no relaying) that accepts mail for organization
 * inboxes only and hands every message to `receiveMessage`. An unknown mailbox is refused at RCPT TO (the
 * sender's server bounces it); an oversized message is read to the end, recorded as rejected and answered
 * 552; a message refused for every recipient is answered 550 — the refusal is always recorded first.
 */
export async function startInboundSmtp(
  db: Database,
  options: { port: number; host: string; maxBytes: number; log?: (line: string) => void },
): Promise<InboundSmtp> {
  const server = new SMTPServer({
    name: 'danvan-inbound',
    banner: 'Dan Van So - hop thu tiep nhan don',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    logger: false,
    onRcptTo(address, _session, callback) {
      organizationForAddress(db.db, address.address)
        .then((organization) =>
          organization ? callback() : callback(smtpError(smtpReplies.unknownRecipient, 550)),
        )
        .catch((error: unknown) => callback(error as Error))
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= options.maxBytes) chunks.push(chunk)
      })
      stream.on('end', () => {
        const oversized = stream.sizeExceeded || size > options.maxBytes
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : null
        receiveMessage(
          db,
          { mailFrom, recipients: session.envelope.rcptTo.map((r) => r.address) },
          Buffer.concat(chunks),
          { maxBytes: options.maxBytes, oversized },
        )
          .then((outcomes) => {
            options.log?.(`inbound mail: ${outcomes.map((o) => `${o.recipient} ${o.status}`).join(', ')}`)
            if (oversized) return callback(smtpError(smtpReplies.tooBig, 552))
            if (outcomes.length && outcomes.every((o) => o.status === 'rejected'))
              return callback(smtpError(smtpReplies.rejected, 550))
            callback()
          })
          .catch((error: unknown) => callback(smtpError(String((error as Error).message ?? error), 451)))
      })
    },
  })
  server.on('error', (error) => options.log?.(`inbound SMTP error: ${error.message}`))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
