// What class and id names say about a block: words of page templates in
// English (the language of CSS class names on every site, Dutch ones included),
// plus a few Dutch words Flemish and Dutch sites use. Data only.

/** Parts of a class or id (split at `-`, `_` and camelCase) that mark boilerplate. */
export const BOILERPLATE_PARTS = [
  "comment", "comments", "commentlist", "disqus", "replies", "reacties", "reactie",
  "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "delen",
  "related", "relatedposts", "recommended", "recommendations", "recirculation", "outbrain", "taboola",
  "cookie", "cookies", "consent", "gdpr", "cookiebar", "cookiewall",
  "newsletter", "nieuwsbrief", "subscribe", "subscription", "signup",
  "sidebar", "rail", "aside", "footer", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
  "promo", "promotion", "advert", "advertisement", "ad", "ads", "adv", "advertentie", "banner", "sponsor", "sponsored",
  "popup", "modal", "overlay", "widget", "tags", "tagcloud", "tagline", "pagination", "pager",
  "byline", "bio", "meta", "toolbar", "print", "rss", "masthead", "header", "skip", "hidden",
  "caption", "credit", "credits", "trending", "popular", "mostread", "teaser", "teasers", "jump",
  "sronly", "visuallyhidden", "screenreader", "lees", "meer", "alert", "login", "author", "timestamp",
  "date", "dateline", "rating", "video", "gallery", "slideshow", "carousel", "embed", "livestream",
] as const;

/** ARIA roles of page furniture. */
export const BOILERPLATE_ROLES = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert", "toolbar"] as const;

/** Elements that are page furniture whatever their class. */
export const BOILERPLATE_TAGS = ["nav", "aside", "footer", "form", "header", "figure", "figcaption"] as const;

/** Whole-line texts of labels that sit between paragraphs and are not part of them. */
export const BOILERPLATE_LINES = [
  "advertisement", "advertentie", "ad", "sponsored", "gesponsord", "story continues below", "article continues below",
  "continue reading", "read more", "lees meer", "lees verder", "lees ook", "read also", "see also", "zie ook",
  "share", "delen", "share this article", "deel dit artikel", "comments", "reacties", "related", "gerelateerd",
  "follow us", "volg ons", "subscribe", "abonneer", "print", "email", "e-mail", "tweet", "facebook", "twitter",
] as const;
