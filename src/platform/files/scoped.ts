import { authorize, covers } from '../access/actor.ts'
import type { Permission } from '../access/permissions.ts'
import { auditActor, type Context } from '../context.ts'
import type { Executor } from '../db/database.ts'
import { notFound, validationFailed } from '../errors.ts'
import { storeAttachmentsAudited, type AuditedFileField } from './audited.ts'
import type { AttachmentView, UploadedFile } from './files.ts'
import type { AttachmentAccessCheck } from './files.routes.ts'

/** A record that owns files, as its module's repository finds it: with its organization's path. */
export interface ScopedOwner {
  organizationPath: string
  row: { organizationId: string; provinceCode: string | null }
}

export interface ScopedAttachmentsSpec<T extends ScopedOwner> {
  ownerType: string
  find(ex: Executor, id: string): Promise<T | null | undefined>
  /** Who sees the owner, and so its files, within their scope; anyone else is told it does not exist. */
  readPermission: Permission
  /** Who adds files, within their scope. */
  addPermission: Permission
  messages: { notFound: string; noFiles: string }
  audit: { action: string; entityType: string; fileFields?: readonly AuditedFileField[] }
}

/**
 * Files of a record whose readers and writers are set by two permissions within the organization subtree
 * (an activity, a model…): adding them (check the owner, store, audit — one transaction) and the access
 * check the attachment routes ask before serving one.
 */
export function scopedAttachments<T extends ScopedOwner>(spec: ScopedAttachmentsSpec<T>) {
  async function readableOwner(ctx: Context, ex: Executor, id: string): Promise<T> {
    const found = await spec.find(ex, id)
    if (
      !found ||
      !ctx.actor.permissions.has(spec.readPermission) ||
      !covers(ctx.actor, found.organizationPath)
    )
      throw notFound(spec.messages.notFound)
    return found
  }

  async function add(ctx: Context, ownerId: string, files: UploadedFile[]): Promise<AttachmentView[]> {
    if (files.length === 0) throw validationFailed([{ path: 'attachments', message: spec.messages.noFiles }])
    return ctx.db.transaction(async (tx) => {
      const found = await readableOwner(ctx, tx, ownerId)
      authorize(ctx.actor, spec.addPermission, { organizationPath: found.organizationPath })
      return storeAttachmentsAudited(tx, {
        ownerType: spec.ownerType,
        ownerId,
        organizationId: found.row.organizationId,
        provinceCode: found.row.provinceCode,
        files,
        audit: { ...spec.audit, actor: auditActor(ctx), requestId: ctx.requestId, entityId: ownerId },
      })
    })
  }

  const checkAccess: AttachmentAccessCheck = async (ctx, attachment) => {
    await readableOwner(ctx, ctx.db.db, attachment.ownerId)
  }

  return { add, checkAccess }
}
