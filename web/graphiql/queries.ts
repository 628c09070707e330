/** The README's headline question, the IDE's first tab. */
export const HEADLINE_QUERY = `# Which member administrations took part in both Programme Global Shield
# and Small Arms and Light Weapons activities? (On the seed: Japan.)
# Run it with the ▶ button (or Ctrl-Enter); the book icon on the left opens
# the schema's documentation.
query MembersInBothProgrammes {
  membersInProgrammes(programmes: ["PGS", "SALW"], match: ALL) {
    member { id name administrationName }
    programmes { code events { id title startDate sources { title url } } }
  }
}
`;

/** What is in the graph, the second tab. */
export const ABOUT_QUERY = `# The version, the Neo4j behind it and the node count per label.
query About {
  about {
    version
    database { version edition nodeCount labels { label count } }
  }
}
`;
