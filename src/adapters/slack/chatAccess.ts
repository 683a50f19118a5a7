import type { webApi } from '@slack/bolt';

/** What the app may do in a conversation, and whether a user may change its digest. */
export interface ChatAccess {
  /** The app can post there: a channel it is a member of, or its own direct messages. */
  canPost: boolean;
  isAdmin: boolean;
}

/** Tells whether a user administers a conversation, for `/factdesk digest` changes. */
export type ChatAccessCheck = (channelId: string, userId: string) => Promise<ChatAccess>;

/**
 * Who may change a conversation's digest. Slack gives apps no list of a channel's managers, so: in the
 * app's direct messages, the user (it is their conversation); in a channel or group DM, the member who
 * created it (`conversations.info`) and the workspace's admins and owners (`users.info`). A conversation
 * the app cannot see (another people's direct messages, a private channel it is not in) is one it
 * cannot post to either.
 */
export function chatAccessCheck(client: webApi.WebClient): ChatAccessCheck {
  return async (channelId, userId) => {
    let channel: webApi.ConversationsInfoResponse['channel'];
    try {
      ({ channel } = await client.conversations.info({ channel: channelId }));
    } catch (error) {
      if ((error as { data?: { error?: string } }).data?.error === 'channel_not_found') {
        return { canPost: false, isAdmin: false };
      }
      throw error;
    }
    if (channel?.is_im) return { canPost: true, isAdmin: true };
    const canPost = channel?.is_member === true;
    if (channel?.creator === userId) return { canPost, isAdmin: true };
    const { user } = await client.users.info({ user: userId });
    return { canPost, isAdmin: !!(user?.is_admin || user?.is_owner || user?.is_primary_owner) };
  };
}
