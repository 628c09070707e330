/**
 * What each role value means, for the descriptions of the role enums (a
 * dashboard shows them as legend text). The vocabularies themselves are the
 * model's (src/model/model.enums.ts); a value missing here falls back to the
 * relationship types that carry it, so a new role never leaves a hole.
 */
export const ROLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  HOST: "Hosted the event (the host administration or organization).",
  CO_HOST: "Hosted it together with another host.",
  ORGANIZER: "Organized it without being named its host.",
  PARTICIPANT: "Took part (attended, sent a delegation).",
  FUNDER: "Funded it (a source lists the funder among the parties).",
  PARTNER: "A partner: of the event (PARTICIPATED_IN) or of the programme (PARTNER_OF).",
  PRESENTER: "Presented at it (a session, a tool, a case).",
  CHAIR: "Chaired it or one of its sessions.",
  SIGNATORY: "Signed the agreement the event was held for.",
  VENUE: "Provided the venue without hosting.",
  OPENED: "Opened the event (opening remarks).",
  CLOSED: "Closed the event (closing remarks).",
  KEYNOTE: "Gave a keynote address.",
  REPRESENTED: "Represented an administration or organization, without a stated speaking part.",
  CHAIRED: "Chaired the event or a session.",
  PRESENTED: "Gave a presentation.",
  SPOKE: "Spoke (remarks, a panel) in no more specific role.",
  ATTENDED: "Attended without a stated speaking part.",
  ADMINISTRATION: "It is (or heads) the member's customs administration.",
  UNIT: "A regional or local office of the member's customs administration.",
  AGENCY: "Another public body of the member's country or union.",
  GOVERNMENT: "The member's government, one of its ministries, or a union's institutions.",
  FOUNDING_PARTNER: "A partner from the programme's start.",
  BUILDS_ON: "The programme builds on the instrument.",
  FOLLOWS_UP: "The programme follows up the instrument.",
  IMPLEMENTS: "The programme implements the instrument.",
  RECALLS: "The instrument recalls an earlier one.",
  REVISES: "The instrument revises an earlier one.",
  NAMES: "The instrument names the programme.",
};
