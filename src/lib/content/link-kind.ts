/**
 * The kind of a link (`tipo` of an evidence link) guessed from its address, so that
 * `npm run nuevo` can offer it instead of asking editors to classify every link themselves.
 * A guess only: the editor can always choose another kind.
 */
import type { LinkData } from './schemas';

type LinkKind = LinkData['tipo'];

/** Hosts whose every address is a video (or a short link to one). */
const VIDEO_HOSTS = new Set(['youtube.com', 'music.youtube.com', 'youtu.be', 'youtube-nocookie.com', 'vimeo.com', 'player.vimeo.com', 'fb.watch', 'dailymotion.com', 'dai.ly']);

/** Video pages of social networks whose other pages are not videos. */
const VIDEO_PATHS: Record<string, RegExp> = {
  'facebook.com': /^\/(?:watch|reel|live)\b|\/videos\/|\/live_videos?\b/,
  'instagram.com': /^\/(?:reels?|tv)\/|\/live\b/,
  'tiktok.com': /\/video\//,
  'x.com': /\/video\//,
  'twitter.com': /\/video\//,
};

const DOCUMENT_EXTENSIONS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'csv', 'txt', 'rtf', 'zip']);
const VIDEO_EXTENSIONS = new Set(['mp4', 'webm', 'mov', 'm4v', 'ogv']);

/** Google Docs, Sheets and Slides open as documents. */
const DOCUMENT_PAGES: Record<string, RegExp> = {
  'docs.google.com': /^\/(?:document|spreadsheets|presentation)\//,
};

function getExtension(path: string): string {
  return /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
}

/**
 * video for YouTube, Vimeo and the video or live pages of Facebook, Instagram, TikTok and X;
 * documento for files (.pdf, .docx, .xlsx, .csv, .zip…), Google documents and paths of this
 * site under /documentos/; web for everything else, e-mail addresses included.
 */
export function getLinkKind(url: string): LinkKind {
  const address = url.trim();
  if (address.startsWith('/')) {
    const path = address.split(/[?#]/)[0] ?? address;
    if (VIDEO_EXTENSIONS.has(getExtension(path))) return 'video';
    return path.toLowerCase().startsWith('/documentos/') || DOCUMENT_EXTENSIONS.has(getExtension(path)) ? 'documento' : 'web';
  }
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return 'web';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'web';
  const host = parsed.hostname.toLowerCase().replace(/^(?:www|m|web)\./, '');
  const path = parsed.pathname;
  if (VIDEO_HOSTS.has(host)) return 'video';
  if (VIDEO_PATHS[host]?.test(path)) return 'video';
  if (DOCUMENT_PAGES[host]?.test(path)) return 'documento';
  const extension = getExtension(path);
  if (VIDEO_EXTENSIONS.has(extension)) return 'video';
  return DOCUMENT_EXTENSIONS.has(extension) ? 'documento' : 'web';
}
