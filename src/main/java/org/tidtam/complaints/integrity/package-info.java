/**
 * The confidential corruption channel (แจ้งเบาะแสการทุจริต), kept apart from ordinary complaints as ITA
 * requires: its own ticket series (ท-2569-000007), collection and evidence bucket; readable only by
 * {@code INTEGRITY_OFFICER}, every read audited; the reporter anonymous by default, their LINE id sealed
 * with AES-GCM under a key from configuration. Outside this package only counts and ids travel:
 * events carry the report id, never content, and nothing here logs content.
 */
@org.springframework.modulith.NamedInterface("integrity")
package org.tidtam.complaints.integrity;
