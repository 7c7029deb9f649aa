import { CreatedInvitation, InvitationList } from './contract'
import { request } from './request'

export const listInvitations = (mapId: string) => request('GET', `/api/maps/${mapId}/invitations`, { schema: InvitationList })

export const inviteToMap = (mapId: string, personId: string, days: number) =>
  request('POST', `/api/maps/${mapId}/invitations`, { body: { personId, days }, schema: CreatedInvitation })

export const withdrawInvitation = (mapId: string, invitationId: string) => request('DELETE', `/api/maps/${mapId}/invitations/${invitationId}`)
