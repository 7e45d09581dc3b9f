import { WireType, type ProtoReader } from '../../io/bytes/index.js'
import { EVIDENCE, type Collector } from './collector.js'
import { MilWalk } from './mil-program.js'
import { walkNetwork } from './neural-network.js'

/**
 * The top of a Core ML spec, `CoreML.Specification.Model`
 * (`apple/coremltools:mlmodel/format/Model.proto`): the description (inputs, outputs, metadata,
 * and for updatable models the training inputs), then one model type of a `oneof`. Pipelines hold
 * models, walked recursively; neural networks and ML programs are walked for their weights;
 * the classic models (GLM, SVM, tree ensembles, nearest neighbours, NLP models) are their
 * parameters through and through, so the whole message is one span of weights.
 */

const MODEL_DESCRIPTION = 2
const MODEL_IS_UPDATABLE = 10
const DESCRIPTION_TRAINING_INPUT = 50
const PIPELINE_CLASSIFIER = 200
const PIPELINE_REGRESSOR = 201
const PIPELINE = 202
const PIPELINE_MODELS = 1
const NEURAL_NETWORKS = new Set([303, 403, 500]) // regressor, classifier, plain
const ML_PROGRAM = 502
/** Model types whose message is all parameters, by field number. */
const PARAMETER_MODELS: ReadonlyMap<number, string> = new Map([
  [300, 'glmRegressor'],
  [301, 'supportVectorRegressor'],
  [302, 'treeEnsembleRegressor'],
  [304, 'bayesianProbitRegressor'],
  [400, 'glmClassifier'],
  [401, 'supportVectorClassifier'],
  [402, 'treeEnsembleClassifier'],
  [404, 'kNearestNeighborsClassifier'],
  [501, 'itemSimilarityRecommender'],
  [2000, 'textClassifier'],
  [2001, 'wordTagger'],
  [2004, 'gazetteer'],
  [2005, 'wordEmbedding']
])

export class ModelWalk {
  readonly mil: MilWalk
  specificationVersion = 0
  modelType = ''

  constructor(private readonly collector: Collector) {
    this.mil = new MilWalk(collector)
  }

  async model(reader: ProtoReader, prefix: string, depth: number): Promise<void> {
    this.collector.checkDepth(depth)
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (depth === 0 && field.field === 1 && field.wireType === WireType.VARINT) this.specificationVersion = field.value
      if (field.field === MODEL_IS_UPDATABLE && field.wireType === WireType.VARINT && field.value !== 0) this.collector.updatable = true
      if (field.wireType !== WireType.LEN) continue
      if (depth === 0 && field.field > 100) this.modelType = modelTypeName(field.field)
      if (field.field === MODEL_DESCRIPTION) await this.description(reader.message(field, 'ModelDescription'), prefix)
      else if (field.field === PIPELINE) await this.pipeline(reader.message(field, 'Pipeline'), prefix, depth)
      else if (field.field === PIPELINE_CLASSIFIER || field.field === PIPELINE_REGRESSOR) {
        const outer = reader.message(field, 'PipelineClassifier')
        for (let inner = await outer.next(); inner; inner = await outer.next()) {
          if (inner.field === 1 && inner.wireType === WireType.LEN) await this.pipeline(outer.message(inner, 'Pipeline'), prefix, depth)
        }
      } else if (NEURAL_NETWORKS.has(field.field)) await walkNetwork(reader.message(field, 'NeuralNetwork'), this.collector, prefix, depth + 1)
      else if (field.field === ML_PROGRAM) await this.mil.program(reader.message(field, 'MILSpec.Program'))
      else {
        const parameters = PARAMETER_MODELS.get(field.field)
        if (parameters) this.collector.addField(`${prefix}${parameters}`, 'bytes', [], field, EVIDENCE.modelParameters)
      }
    }
  }

  private async pipeline(reader: ProtoReader, prefix: string, depth: number): Promise<void> {
    let index = 0
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === PIPELINE_MODELS && field.wireType === WireType.LEN) {
        await this.model(reader.message(field, 'Model'), `${prefix}models/${index++}/`, depth + 1)
      }
    }
  }

  /** An updatable model's training inputs (features it takes only while training) are training-loop settings. */
  private async description(reader: ProtoReader, prefix: string): Promise<void> {
    let trainingInputs = 0
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === DESCRIPTION_TRAINING_INPUT && field.wireType === WireType.LEN) {
        this.collector.addField(`${prefix}description/trainingInput/${trainingInputs++}`, 'bytes', [], field, EVIDENCE.trainingLoop)
      }
    }
  }
}

function modelTypeName(field: number): string {
  if (NEURAL_NETWORKS.has(field)) return field === 403 ? 'neuralNetworkClassifier' : field === 303 ? 'neuralNetworkRegressor' : 'neuralNetwork'
  if (field === ML_PROGRAM) return 'mlProgram'
  if (field >= PIPELINE_CLASSIFIER && field <= PIPELINE) return ['pipelineClassifier', 'pipelineRegressor', 'pipeline'][field - PIPELINE_CLASSIFIER]
  return PARAMETER_MODELS.get(field) ?? `model type ${field}`
}
