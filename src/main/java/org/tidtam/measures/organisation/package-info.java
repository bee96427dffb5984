/**
 * The organisation and its people (องค์กร ส่วนราชการ บุคลากร): the office's profile and meeting rule,
 * divisions with the aliases documents use, people with roles, their LINE links made with one-time
 * codes, and which LINE group belongs to which division. Exposed to the LINE adapter and the admin
 * pages, which act on it; it knows nothing of LINE beyond user and group ids.
 */
@org.springframework.modulith.NamedInterface("organisation")
package org.tidtam.measures.organisation;
