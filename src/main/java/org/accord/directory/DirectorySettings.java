package org.accord.directory;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param staleAfter how long a directory entry stays trusted after someone last checked it */
@ConfigurationProperties("accord.directory")
public record DirectorySettings(@DefaultValue("P6M") Period staleAfter) {
}
