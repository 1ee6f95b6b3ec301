package org.passerelle.dialogues.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SynthesisRepository extends JpaRepository<Synthesis, Long> {

	Optional<Synthesis> findByDialogueId(long dialogueId);

}
