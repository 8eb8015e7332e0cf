package org.accord.directory;

import java.util.UUID;

/** A local authority or MARAC area that services cover and meetings belong to. */
public record Area(UUID id, String code, String name) {
}
