export { mailboxRoutes } from './mailbox.routes.ts'
export { startInboundSmtp, type InboundSmtp } from './smtp-listener.ts'
export { receiveMessage } from './inbound.ts'
export { mailJobs, runInboxAlerts, INBOX_ALERT_JOB } from './inbox-alerts.ts'
export { organizationForAddress, addressOf } from './recipients.ts'
export {
  inboundMails,
  inboundMailAttachments,
  blockedSenders,
  caseMails,
  inboxOpenings,
} from './mailbox.schema.ts'
