package com.scalemart.devstack.state;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.scalemart.devstack.DevStackException;

/**
 * The state file ({@code .scalemart/state.json}). It is replaced atomically so that a
 * reader in another terminal never sees half of it.
 */
public final class StateFile {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Path path;

	public StateFile(Path path) {
		this.path = path;
	}

	public Path path() {
		return this.path;
	}

	/**
	 * Reads the state.
	 * @return the state, or empty if there is no state file
	 * @throws DevStackException if the file exists but cannot be read
	 */
	public Optional<StackState> read() {
		if (!Files.exists(this.path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(Files.readString(this.path), StackState.class));
		}
		catch (IOException | JacksonException ex) {
			throw new DevStackException(
					"cannot read " + this.path + " (" + ex.getMessage().lines().findFirst().orElse("")
							+ "): stop leftover processes by hand and delete the file",
					ex);
		}
	}

	public void write(StackState state) {
		try {
			Files.createDirectories(this.path.getParent());
			Path temporary = this.path.resolveSibling(this.path.getFileName() + ".tmp");
			Files.writeString(temporary, JSON.writeValueAsString(state));
			try {
				Files.move(temporary, this.path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, this.path, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new DevStackException("cannot write " + this.path + " (" + ex.getMessage()
					+ "): make the directory writable or set SCALEMART_STATE_DIR", ex);
		}
	}

	public void delete() {
		try {
			Files.deleteIfExists(this.path);
		}
		catch (IOException ex) {
			throw new DevStackException("cannot delete " + this.path + " (" + ex.getMessage() + "): delete it by hand",
					ex);
		}
	}

}
