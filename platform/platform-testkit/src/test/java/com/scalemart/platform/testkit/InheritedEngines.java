package com.scalemart.platform.testkit;

/**
 * A base class whose subclasses inherit {@link WithEngines}.
 */
@WithEngines({ EngineType.MARIADB, EngineType.REDIS })
abstract class InheritedEngines extends IsolationChecks {

}
